/**
 * Kept apart from the map layout (and its projection code): the details panel asks it without loading
 * the map.
 */

/** Seats whose point the data asks to check, or says differs from the 1958 seat or is unknown. */
export function isUncertainSeat(seat: { confidence?: string | undefined }): boolean {
  return seat.confidence === "check" || seat.confidence === "differs-or-unknown";
}
