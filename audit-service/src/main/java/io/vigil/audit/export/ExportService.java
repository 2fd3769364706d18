package io.vigil.audit.export;

import io.vigil.audit.config.AuditConfig;
import io.vigil.audit.log.LogKey;
import io.vigil.audit.log.StoredTree;
import io.vigil.kit.id.IdGenerator;
import io.vigil.kit.problem.ConflictException;
import io.vigil.kit.problem.InvalidRequestException;
import io.vigil.kit.problem.ResourceNotFoundException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Creates export jobs and writes their bundles in the background, one at a time, so a large export never holds
 * a request thread and two exports never compete for the disk.
 */
@ApplicationScoped
public class ExportService {

    private static final Logger LOG = Logger.getLogger(ExportService.class);

    private final DataSource dataSource;
    private final ExportJobs jobs;
    private final LogKey key;
    private final IdGenerator ids;
    private final Clock clock;
    private final String origin;
    private final Path directory;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "audit-export"));

    public ExportService(DataSource dataSource, ExportJobs jobs, LogKey key, IdGenerator ids, Clock clock,
            AuditConfig config) {
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.key = key;
        this.ids = ids;
        this.clock = clock;
        this.origin = config.origin();
        this.directory = Path.of(config.export().directory());
    }

    public ExportJob start(Instant from, Instant to, String requestedBy) {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        ExportJob job = jobs.create(ids.next(), from, to, requestedBy, clock.instant());
        worker.submit(() -> run(job));
        return job;
    }

    public ExportJob get(UUID id) {
        return jobs.find(id).orElseThrow(() -> new ResourceNotFoundException("export", id));
    }

    /** The finished bundle's file; 409 while the job runs or when it failed. */
    public Path bundle(UUID id) {
        ExportJob job = get(id);
        if (!"DONE".equals(job.status())) {
            throw new ConflictException("export-not-done", "export " + id + " is " + job.status());
        }
        return file(id);
    }

    private void run(ExportJob job) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ExportRange range = jobs.range(c, job.from(), job.to());
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(file(job.id()))) {
                new BundleExporter(c, new StoredTree(c), key, origin).write(range, out);
            }
            c.commit();
            jobs.finish(job.id(), range);
        } catch (Exception e) {
            LOG.warnf("export %s failed: %s", job.id(), e.getMessage());
            jobs.fail(job.id(), e.getMessage());
        }
    }

    private Path file(UUID id) {
        return directory.resolve(id + ".zip");
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
