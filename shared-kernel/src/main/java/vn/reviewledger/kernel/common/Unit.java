package vn.reviewledger.kernel.common;

/** A node of the organization tree: a party committee, a cell, a collective. Root has no parent. */
public record Unit(String id, String name, String parentId) {
}
