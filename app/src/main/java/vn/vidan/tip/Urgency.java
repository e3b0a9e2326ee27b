package vn.vidan.tip;

/** Input of Decision_TipTriage. */
enum Urgency {

	IN_PROGRESS, URGENT, ORDINARY

}
