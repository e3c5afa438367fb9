package vn.reviewledger.kernel.review;

/**
 * Who wrote an opinion and for which body. Free text such as "Nguyễn Văn An - Chi ủy khu phố 3"
 * (a dash between spaces, hyphen or en dash) splits into the person and the body; text without
 * one names the body alone, as most opinions are given by a body.
 */
public record OpinionAuthor(String name, String body) {

    public static OpinionAuthor parse(String text) {
        if (text == null || text.isBlank()) {
            return new OpinionAuthor(null, null);
        }
        String trimmed = text.strip();
        for (String dash : new String[] {" – ", " — ", " - "}) {
            int at = trimmed.indexOf(dash);
            if (at > 0) {
                return new OpinionAuthor(trimmed.substring(0, at).strip(), trimmed.substring(at + dash.length()).strip());
            }
        }
        return new OpinionAuthor(null, trimmed);
    }
}
