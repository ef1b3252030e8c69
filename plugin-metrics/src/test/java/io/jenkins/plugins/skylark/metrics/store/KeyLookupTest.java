package io.jenkins.plugins.skylark.metrics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyLookupTest {

    private static final int STORED = KeyLookup.CHUNK + 10;

    private Connection connection;
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void storeKeys() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:key-lookup-" + System.nanoTime());
        connection = dataSource.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE stored (k VARCHAR(20) PRIMARY KEY, v BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stored (k, v) VALUES (?, ?)")) {
            for (int i = 0; i < STORED; i++) {
                insert.setString(1, "k" + i);
                insert.setLong(2, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** Half of the keys asked are stored (even ones), half not: only the stored ones come back, each once. */
    @ParameterizedTest(name = "{0} keys -> {1} queries")
    @CsvSource({"0, 0", "1, 1", "499, 1", "500, 1", "501, 2", "1000, 2", "1001, 3"})
    void shouldFindEveryStoredKeyWithOneQueryPerChunk(int keys, int expectedQueries) throws SQLException {
        List<String> asked = IntStream.range(0, keys).mapToObj(i -> i % 2 == 0 ? "k" + i / 2 : "missing" + i).toList();
        List<String> found = new ArrayList<>();

        KeyLookup.find(counting(connection), "SELECT k, v FROM stored WHERE k IN", asked,
                row -> found.add(row.getString(1) + "=" + row.getLong(2)));

        assertThat(found).containsExactlyInAnyOrderElementsOf(
                IntStream.range(0, (keys + 1) / 2).mapToObj(i -> "k" + i + "=" + i).toList());
        assertThat(queries).hasValue(expectedQueries);
    }

    @ParameterizedTest(name = "chunks of {0}")
    @CsvSource({"1", "2", "3", "7"})
    void shouldFindTheSameWhateverTheChunkSize(int chunkSize) throws SQLException {
        List<String> asked = List.of("k3", "k1", "nope", "k4", "k9", "other", "k0");
        List<String> found = new ArrayList<>();

        KeyLookup.find(counting(connection), "SELECT k FROM stored WHERE k IN", asked, chunkSize,
                row -> found.add(row.getString(1)));

        assertThat(found).containsExactlyInAnyOrder("k3", "k1", "k4", "k9", "k0");
        assertThat(queries).hasValue((asked.size() + chunkSize - 1) / chunkSize);
    }

    /** The connection, counting the statements it prepares. */
    private Connection counting(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        queries.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
