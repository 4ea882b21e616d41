package dev.tollgate.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Worker threads that claim jobs from the queue and run the handler on them, plus one heartbeat
 * thread that renews the leases of the jobs being run. Idle workers poll (for jobs other replicas
 * queued, and retries coming due) and are woken at once when this process queues a job.
 */
public final class WorkerPool implements AutoCloseable {

  /** Told about every job a worker finishes: the metrics hang off this. */
  public interface Listener {
    void finished(Job job, JobOutcome outcome, Duration runTime, boolean recorded);

    Listener NONE = (job, outcome, runTime, recorded) -> {};
  }

  private static final Logger log = LoggerFactory.getLogger(WorkerPool.class);

  private final JobQueue queue;
  private final JobHandler handler;
  private final Listener listener;
  private final int threads;
  private final Duration poll;
  private final Object idle = new Object();
  private final Set<Claim> running = ConcurrentHashMap.newKeySet();
  private final List<Thread> workers = new ArrayList<>();
  private final ScheduledExecutorService heartbeat;
  private volatile boolean stopping;

  public WorkerPool(JobQueue queue, JobHandler handler, Listener listener, int threads, Duration poll) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one worker thread");
    }
    this.queue = queue;
    this.handler = handler;
    this.listener = listener;
    this.threads = threads;
    this.poll = poll;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "tollgate-heartbeat"));
  }

  public void start() {
    long every = Math.max(100, queue.settings().lease().toMillis() / 3);
    heartbeat.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    for (int i = 0; i < threads; i++) {
      Thread t = daemon(this::work, "tollgate-worker-" + i);
      workers.add(t);
      t.start();
    }
  }

  /** A job was just queued here: an idle worker looks now instead of at its next poll. */
  public void wake() {
    synchronized (idle) {
      idle.notify();
    }
  }

  private void work() {
    while (!stopping) {
      try {
        var claim = queue.claim();
        if (claim.isEmpty()) {
          synchronized (idle) {
            if (!stopping) {
              idle.wait(poll.toMillis());
            }
          }
          continue;
        }
        run(claim.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        log.warn("job queue unavailable, retrying in {} ms: {}", poll.toMillis(), e.toString());
        sleep(poll);
      }
    }
  }

  private void run(Claim claim) throws Exception {
    Job job = claim.job();
    if (stopping) {
      queue.release(claim);
      return;
    }
    running.add(claim);
    long start = System.nanoTime();
    JobOutcome outcome;
    try {
      if (job.attempt() > queue.settings().maxAttempts()) {
        outcome = new JobOutcome.Failed("gave up: the worker running it stopped " + (job.attempt() - 1) + " times");
      } else {
        outcome = handler.handle(job);
      }
    } catch (Exception | StackOverflowError e) {
      outcome = new JobOutcome.Retry(e.toString());
    } finally {
      running.remove(claim);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    boolean recorded = queue.finish(claim, outcome);
    if (!recorded) {
      log.warn("job {} ({}) finished after its lease was taken over; its outcome was dropped", job.id(), job.pullRequest());
    }
    listener.finished(job, outcome, took, recorded);
  }

  private void renewAll() {
    for (Claim c : running) {
      try {
        if (!queue.renew(c)) {
          log.warn("job {} ({}) lost its lease while running", c.job().id(), c.job().pullRequest());
        }
      } catch (Exception e) {
        log.warn("could not renew the lease of job {}: {}", c.job().id(), e.toString());
      }
    }
  }

  /** Stops claiming, lets running jobs finish for up to {@code grace}, then stops the heartbeat. */
  public void close(Duration grace) {
    stopping = true;
    synchronized (idle) {
      idle.notifyAll();
    }
    long deadline = System.nanoTime() + grace.toNanos();
    for (Thread t : workers) {
      try {
        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    heartbeat.shutdownNow();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
