package dev.tocsin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Tocsin", sharedModules = "platform")
@SpringBootApplication
public class TocsinApplication {

    public static void main(String[] args) {
        SpringApplication.run(TocsinApplication.class, args);
    }
}
