import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/**
 * claim-next under load (DESIGN.md section 9): N investigators claim concurrently from the generated queues with the
 * exact statements ClaimService runs (lock the most urgent unassigned open case with FOR UPDATE SKIP LOCKED, assign
 * it, commit), and every handed-out id is checked for duplicates, in memory and in the database.
 */
public class ClaimBench {

    static final String LOCK = "select id from risk_case where queue_id = ? and assignee is null"
            + " and status not in ('RESOLVED', 'CLOSED') and region = ? order by priority, id limit 1 for update skip locked";
    static final String ASSIGN = "update risk_case set assignee = ?, updated_at = now(), version = version + 1"
            + " where id = ? and version = version";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        List<Object[]> queues = queues(url);
        ConcurrentLinkedQueue<UUID> claimed = new ConcurrentLinkedQueue<>();
        long[][] latencies = new long[threads][];
        CountDownLatch done = new CountDownLatch(threads);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int t = 0; t < threads; t++) {
            int me = t;
            new Thread(() -> {
                latencies[me] = run(url, "bench-" + me, queues.get(me % queues.size()), end, claimed);
                done.countDown();
            }).start();
        }
        done.await();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Set<UUID> unique = new HashSet<>(claimed);
        System.out.printf("threads=%d seconds=%d claims=%d throughput=%.0f/s p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                threads, seconds, all.length, all.length / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99),
                all[all.length - 1] / 1e6);
        System.out.printf("handed out twice: %d (unique %d of %d); assigned rows in database: %d%n",
                claimed.size() - unique.size(), unique.size(), claimed.size(), assigned(url));
    }

    static long[] run(String url, String me, Object[] queue, long end, ConcurrentLinkedQueue<UUID> claimed) {
        List<Long> took = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "vigil", "vigil");
             PreparedStatement lock = c.prepareStatement(LOCK); PreparedStatement assign = c.prepareStatement(ASSIGN)) {
            c.setAutoCommit(false);
            lock.setObject(1, queue[0]);
            lock.setString(2, (String) queue[1]);
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        c.commit();
                        break;
                    }
                    UUID id = (UUID) row.getObject(1);
                    assign.setString(1, me);
                    assign.setObject(2, id);
                    assign.executeUpdate();
                    c.commit();
                    claimed.add(id);
                }
                took.add(System.nanoTime() - start);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return took.stream().mapToLong(Long::longValue).toArray();
    }

    static List<Object[]> queues(String url) throws Exception {
        List<Object[]> found = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "vigil", "vigil");
             ResultSet rows = c.createStatement().executeQuery(
                     "select id, region from work_queue where kind = 'STANDARD' order by name")) {
            while (rows.next()) {
                found.add(new Object[] {rows.getObject(1), rows.getString(2)});
            }
        }
        return found;
    }

    static long assigned(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "vigil", "vigil");
             ResultSet row = c.createStatement().executeQuery(
                     "select count(*) from risk_case where assignee like 'bench-%'")) {
            row.next();
            return row.getLong(1);
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
