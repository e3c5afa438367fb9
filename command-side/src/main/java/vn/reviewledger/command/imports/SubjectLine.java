package vn.reviewledger.command.imports;

import vn.reviewledger.command.rules.RuleViolation;

/**
 * One data line of an import file: its subject, or why it cannot be read. The number is the one a
 * user sees for it: the spreadsheet's row number, or the CSV record's (the header is 1).
 */
public record SubjectLine(int number, SubjectRow row, RuleViolation error) {
}
