package vn.reviewledger.query.access;

/** Example answers shown in the OpenAPI description of the reads. */
public final class ApiExamples {

    private ApiExamples() {
    }

    public static final String REVIEW_PAGE = """
            {"items": [{"reviewId": "5d1c6f0e-5f0b-3a52-9a57-2a4f0f2a8b11", "cycleId": "0b6c2c52-7f7e-3a0e-8a7c-5f9c1b2e4d10",
              "subject": {"id": "dv-0001", "name": "Nguyễn Văn An", "kind": "PARTY_MEMBER"}, "unitId": "cb-vp",
              "quotaGroupId": "g-cb-vp", "stage": "SELF_REVIEW_SUBMITTED", "selfRating": "GOOD", "selfScore": null,
              "voteOutcome": null, "proposedRating": null, "decidedRating": null, "decisionNo": null,
              "dueDates": {"SELF_REVIEW_SUBMITTED": "2023-12-05", "OPINIONS_COLLECTED": "2023-12-10"},
              "deadlineStatus": "DUE_SOON", "version": 1}],
             "page": 0, "size": 50, "total": 1, "totalPages": 1}""";

    public static final String DASHBOARD = """
            {"cycleId": "0b6c2c52-7f7e-3a0e-8a7c-5f9c1b2e4d10", "unitId": "dbk", "unitName": "Đảng bộ Khối Cơ quan tỉnh",
             "level": 1, "total": 12, "byStage": {"OPENED": 2, "SELF_REVIEW_SUBMITTED": 3, "OPINIONS_COLLECTED": 1,
             "MEETING_HELD": 1, "VOTED": 1, "PROPOSED": 1, "DECIDED": 1, "ANNOUNCED": 1, "CLOSED": 1, "EXEMPTED": 0},
             "overdue": 2, "dueSoon": 3, "completed": 2,
             "ratings": {"EXCELLENT": 0, "GOOD": 3, "COMPLETE": 0, "NOT_COMPLETE": 0},
             "quota": [{"groupId": "g-cb-vp", "name": "Đảng viên Chi bộ Văn phòng", "share": 0.2, "good": 3,
                        "excellent": 0, "limit": 0}],
             "children": [{"cycleId": "0b6c2c52-7f7e-3a0e-8a7c-5f9c1b2e4d10", "unitId": "cb-vp",
                           "unitName": "Chi bộ Văn phòng", "level": 2, "total": 12, "byStage": {"OPENED": 2},
                           "overdue": 2, "dueSoon": 3, "completed": 2, "ratings": {"GOOD": 3}, "quota": [],
                           "children": [], "childCount": 0, "today": "2023-12-04"}],
             "childCount": 1, "today": "2023-12-04"}""";

    public static final String TASKS = """
            [{"reviewId": "5d1c6f0e-5f0b-3a52-9a57-2a4f0f2a8b11", "cycleId": "0b6c2c52-7f7e-3a0e-8a7c-5f9c1b2e4d10",
              "subject": {"id": "dv-0001", "name": "Nguyễn Văn An", "kind": "PARTY_MEMBER"}, "unitId": "cb-vp",
              "stage": "OPENED", "nextStage": "SELF_REVIEW_SUBMITTED", "task": "STEP", "dueDate": "2023-12-05",
              "deadlineStatus": "OVERDUE", "version": 0},
             {"reviewId": "9a0e2b7c-1d4f-3e6a-8b2c-7f5d3e1a9c20", "cycleId": "4e2a9d1b-0c3f-3b7e-9d1a-6c8b2f4e5a30",
              "subject": {"id": "dv-0002", "name": "Trần Thị Bình", "kind": "PARTY_MEMBER"}, "unitId": "cb-vp",
              "stage": "CLOSED", "nextStage": null, "task": "RERATE", "dueDate": null,
              "deadlineStatus": "ON_TRACK", "version": 9}]""";

    public static final String STREAM = """
            event: dashboard
            data: {"cycleId":"0b6c…","unitId":"dbk","total":12,…}

            event: review-changed
            id: 5d1c6f0e-5f0b-3a52-9a57-2a4f0f2a8b11/2
            data: {"cycleId":"0b6c…","reviewId":"5d1c…","unitId":"cb-vp","stage":"OPINIONS_COLLECTED","version":2}
            """;
}
