package vn.reviewledger.command.imports;

import java.time.LocalDate;
import vn.reviewledger.kernel.common.Subject;

/** One subject read from an import file, CSV or workbook alike: what opening its review needs. */
public record SubjectRow(Subject subject, String unitId, String quotaGroupId, boolean leadershipPost,
                         boolean civilServant, boolean headOfUnit, LocalDate admittedOn,
                         boolean outsidePoliticalSystem) {
}
