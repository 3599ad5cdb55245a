package io.github.syntheticcustomers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.syntheticcustomers.core.SyntheticDataset;
import io.github.syntheticcustomers.core.model.CustomerProfile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

@SyntheticCustomers(seed = 42, count = 200)
class DatabasesInTestsExample {

    @Test
    void everyCustomerIsARow(@SeededDatabase(embedded = true) DataSource db,
            List<CustomerProfile> customers) throws SQLException {
        assertEquals(customers.size(), single(db, "SELECT count(*) FROM customers"));
    }

    @Test
    void theProfessionalsAreThere(@SeededDatabase(embedded = true) DataSource db,
            @Persona("healthcare_professional") List<CustomerProfile> professionals) throws SQLException {
        assertEquals(professionals.size(), single(db,
                "SELECT count(*) FROM customers WHERE persona_type = 'healthcare_professional'"));
    }

    @Test
    void everyStepIsOnItsCustomersScenario(@SeededDatabase(embedded = true) DataSource db) throws SQLException {
        assertEquals(0, single(db, "SELECT count(*) FROM engagement_steps e"
                + " JOIN scenarios s ON s.scenario_id = e.scenario_id WHERE s.customer_id <> e.customer_id"));
    }

    @Test
    void aTestThatWritesRollsBack(@SeededDatabase(embedded = true) DataSource db) throws SQLException {
        String steps = "SELECT count(*) FROM engagement_steps WHERE customer_id = 'cus-000001'";
        long before = single(db, steps);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM engagement_steps WHERE customer_id = 'cus-000001'");
                // ... the service under test sees the customer without steps ...
            } finally {
                c.rollback(); // the next test sees the rows as loaded
            }
        }
        assertEquals(before, single(db, steps));
    }

    static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:example;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void aDatabaseOfYourOwn(@SeededDatabase(dataSource = "h2") DataSource db,
            SyntheticDataset dataset) throws SQLException {
        assertEquals(dataset.engagementSteps().size(), single(db, "SELECT count(*) FROM engagement_steps"));
    }

    private static long single(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
