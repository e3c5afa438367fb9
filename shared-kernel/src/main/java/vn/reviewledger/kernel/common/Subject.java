package vn.reviewledger.kernel.common;

/** The person or collective under review. Names keep their Vietnamese diacritics exactly. */
public record Subject(String id, String name, SubjectKind kind) {
}
