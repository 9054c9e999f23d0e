package org.switchboard.server.compat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of some tables, each row as its column values in text form, read with a fixed column list: a snapshot
 * taken with the columns an earlier schema had can be read again after later migrations added columns, and the two
 * compared.
 */
record Tables(Map<String, List<String>> columns, Map<String, List<List<String>>> rows) {

    /**
     * Reads every row of the given tables with all their columns as they are now, ordered by the first column (the
     * primary key in Switchboard's schema).
     *
     * @param c      the connection
     * @param tables the tables' names
     * @return the snapshot
     * @throws SQLException if a table cannot be read
     */
    static Tables read(Connection c, List<String> tables) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (String table : tables) {
            columns.put(table, query(c, "SELECT column_name FROM information_schema.columns WHERE table_schema ="
                    + " DATABASE() AND table_name = ? ORDER BY ordinal_position", table).stream()
                    .map(row -> row.get(0)).toList());
        }
        return read(c, columns);
    }

    /**
     * Reads the same columns of the same tables again.
     *
     * @param c the connection
     * @return the snapshot now
     * @throws SQLException if a table cannot be read
     */
    Tables again(Connection c) throws SQLException {
        return read(c, columns);
    }

    private static Tables read(Connection c, Map<String, List<String>> columns) throws SQLException {
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : columns.entrySet()) {
            rows.put(table.getKey(), query(c, "SELECT " + String.join(", ", table.getValue()) + " FROM "
                    + table.getKey() + " ORDER BY " + table.getValue().get(0)));
        }
        return new Tables(columns, rows);
    }

    /**
     * @param c          the connection
     * @param sql        a query
     * @param parameters its parameters
     * @return every row, each as its column values in text form (SQL NULL as null)
     * @throws SQLException if the query fails
     */
    static List<List<String>> query(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(width);
                    for (int i = 1; i <= width; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** @return the number of rows of each table */
    Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((table, list) -> counts.put(table, list.size()));
        return counts;
    }
}
