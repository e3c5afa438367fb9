package vn.reviewledger.kernel.calendar;

/**
 * What one line of calendar data says about one date.
 *
 * @param working true for a make-up working day (WORK), false for a day off (OFF)
 * @param name    the holiday name of an OFF day; the note, possibly empty, of a WORK day
 */
record MarkedDay(boolean working, String name) {
}
