package vn.reviewledger.kernel.common;

/** Forms of party discipline (khiển trách, cảnh cáo, cách chức, khai trừ; giải tán for an organization). */
public enum DisciplineForm {
    KHIEN_TRACH, CANH_CAO, CACH_CHUC, KHAI_TRU, GIAI_TAN
}
