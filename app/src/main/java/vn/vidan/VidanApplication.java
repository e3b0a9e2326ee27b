package vn.vidan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vidan: case management for commune and ward police, on an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VidanApplication {

	public static void main(String[] args) {
		SpringApplication.run(VidanApplication.class, args);
	}

}
