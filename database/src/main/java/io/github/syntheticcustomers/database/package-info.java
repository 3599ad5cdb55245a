/**
 * Loads a dataset's relational format into a database: {@link io.github.syntheticcustomers.database.DatabaseLoader}
 * (docs/databases.md).
 */
package io.github.syntheticcustomers.database;
