package vn.reviewledger.kernel.common;

/** Kinds of leave; all of them reduce the time actually worked. */
public enum LeaveKind {
    MATERNITY, SICK, STUDY, UNPAID, OTHER
}
