package vn.vidan.bench.peer.flowable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Flowable 7.2.0 on its process REST starter; the benchmark drives it through /process-api. */
@SpringBootApplication
public class PeerFlowableApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerFlowableApplication.class, args);
	}

}
