package vn.reviewledger.query.access;

/** A read parameter out of its range; answered 400 with the field named. */
public class BadRequest extends RuntimeException {

    final String field;
    final String messageVi;
    final String messageEn;

    public BadRequest(String field, String messageVi, String messageEn) {
        super(field + ": " + messageEn);
        this.field = field;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** Page numbers from 0; sizes from 1 to {@code max}. */
    public static void checkPage(int page, int size, int max) {
        if (page < 0) {
            throw new BadRequest("page", "số trang phải từ 0 trở lên", "page must be 0 or more");
        }
        if (size < 1 || size > max) {
            throw new BadRequest("size", "số dòng mỗi trang phải từ 1 đến " + max, "size must be between 1 and " + max);
        }
    }
}
