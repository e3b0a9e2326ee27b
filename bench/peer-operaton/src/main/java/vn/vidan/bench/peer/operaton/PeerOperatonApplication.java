package vn.vidan.bench.peer.operaton;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Operaton 1.0.3, the Camunda 7 fork, as its getting-started guide makes it; driven through /engine-rest. */
@SpringBootApplication
public class PeerOperatonApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerOperatonApplication.class, args);
	}

}
