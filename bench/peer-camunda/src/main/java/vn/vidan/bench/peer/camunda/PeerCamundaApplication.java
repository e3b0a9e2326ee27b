package vn.vidan.bench.peer.camunda;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stock Camunda 7.24 as the getting-started guide makes it; the benchmark drives it through /engine-rest. */
@SpringBootApplication
public class PeerCamundaApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerCamundaApplication.class, args);
	}

}
