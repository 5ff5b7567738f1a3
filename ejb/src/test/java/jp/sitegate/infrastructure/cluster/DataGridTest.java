package jp.sitegate.infrastructure.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the cluster's counters move atomically when two members move them at once, and a revocation moment
 * never goes back — on two embedded Hazelcast members (the library Payara bundles), as two instances would.
 */
class DataGridTest {
    private static HazelcastInstance one;
    private static HazelcastInstance two;

    private static Config config() {
        Config c = new Config().setClusterName("sitegate-datagrid-test-" + ProcessHandle.current().pid());
        c.getNetworkConfig().setPort(25701).setPortAutoIncrement(true);
        c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:25701").addMember("127.0.0.1:25702");
        c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        c.setProperty("hazelcast.phone.home.enabled", "false");
        return c;
    }

    @BeforeAll
    static void members() {
        one = Hazelcast.newHazelcastInstance(config());
        two = Hazelcast.newHazelcastInstance(config());
    }

    @AfterAll
    static void stop() {
        two.shutdown();
        one.shutdown();
    }

    @Test
    void incrementsFromTwoMembersAtOnceAreEachCounted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                IMap<Integer, Long> counters = (t % 2 == 0 ? one : two).getMap("counters");
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        DataGrid.increment(counters, i % 3);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Integer, Long> read = DataGrid.read(two.getMap("counters"), List.of(0, 1, 2, 3));
        assertEquals(1000L, read.get(0) + read.get(1) + read.get(2), "every increment counted: " + read);
        assertEquals(0L, read.get(3), "a counter never moved reads 0");
        assertEquals(4 * 84L, read.get(0), "i % 3 == 0 for 84 of each thread's 250");
    }

    @Test
    void aRevocationMomentOnlyMovesForward() {
        IMap<String, Long> moments = one.getMap("moments");
        DataGrid.atLeast(moments, "mr1", 2_000L);
        DataGrid.atLeast(two.getMap("moments"), "mr1", 1_000L);
        assertEquals(2_000L, moments.get("mr1"), "an older moment does not replace a newer one");
        DataGrid.atLeast(two.getMap("moments"), "mr1", 3_000L);
        assertEquals(3_000L, moments.get("mr1"));
    }
}
