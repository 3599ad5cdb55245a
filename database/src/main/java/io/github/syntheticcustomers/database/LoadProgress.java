package io.github.syntheticcustomers.database;

/**
 * How far a {@link DatabaseLoader#load load} is: sent when a table starts, every {@value #ROW_INTERVAL} rows of it, and
 * when it is done (then {@code rows == tableRows}).
 *
 * @param table the table being loaded, e.g. {@code customers}
 * @param tableNumber its position in the load order, from 1
 * @param tables how many tables the load fills
 * @param rows how many of its rows are sent so far
 * @param tableRows how many rows it gets (the manifest's record count of its file)
 * @param done whether the table is loaded
 */
public record LoadProgress(String table, int tableNumber, int tables, long rows, long tableRows, boolean done) {

    /** Rows between two reports on one table. */
    public static final int ROW_INTERVAL = 10_000;
}
