package vn.reviewledger.kernel.common;

/** Who gives an opinion on a review before its meeting. Labels: {@code source.*} in the messages bundle. */
public enum OpinionSource {
    RESIDENCE_CELL,
    LEADERSHIP_COLLECTIVE,
    RELATED_BODY,
    SUPERIOR,
    OTHER
}
