package vn.vidan.org;

/** Published after units, officers or commune leadership change; caches and the Camunda identity sync follow it. */
public record DirectoryChanged() {
}
