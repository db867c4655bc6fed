package uk.gov.council.socialgov;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "SocialGov",
        version = "0.1",
        description = "Workflow and case management for the council's social media policy"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
