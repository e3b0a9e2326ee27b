package vn.vidan.process;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops Camunda's job acquisition first when the node is asked to stop (SIGTERM, a rolling restart). Otherwise the
 * engine stops it only when its bean is destroyed, after every lifecycle phase: under a backlog of due jobs
 * (benchmark S4) the acquisition kept feeding the job threads, one of those phases waited for them to fall idle,
 * and the node ran jobs for Spring's 30-s phase timeout until it was killed mid-transaction. Now acquisition ends at
 * once, the jobs already taken finish, and the node stops in about a second. Jobs acquired but not started stay
 * locked until their lock expires (camunda.bpm.job-execution.lock-time-in-millis), as on any engine stop.
 */
@Component
class JobExecutorStop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobExecutorStop.class);

	private final ObjectProvider<JobExecutor> jobExecutor;

	private volatile boolean running;

	JobExecutorStop(ObjectProvider<JobExecutor> jobExecutor) {
		this.jobExecutor = jobExecutor;
	}

	@Override
	public void start() {
		this.running = true; // the engine starts its job executor itself, after the context is up
	}

	@Override
	public void stop() {
		this.running = false;
		JobExecutor executor = jobExecutor.getIfAvailable();
		if (executor != null && executor.isActive()) {
			long began = System.nanoTime();
			executor.shutdown();
			log.info("Job acquisition stopped for the node's shutdown in {} ms",
					(System.nanoTime() - began) / 1_000_000);
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops first: before the web server's graceful shutdown and before the job threads' executor. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
