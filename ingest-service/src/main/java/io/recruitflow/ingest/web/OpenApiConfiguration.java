package io.recruitflow.ingest.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: springdoc derives endpoints and bodies from the
 * controllers; this adds what they cannot say, the RFC 9457 problem answers every endpoint may give
 * and how callers authenticate.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final Map<String, String> PROBLEMS = Map.of(
            "400", "Invalid input; `errors` names every bad field",
            "401", "Missing or bad signature or API key",
            "413", "Body larger than the configured limit, refused before it is read",
            "415", "Unsupported content type",
            "429", "Over the source's rate; see Retry-After",
            "503", "Kafka or the ATS could not be reached; nothing was published, retry later");

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.info(new Info().title("ingest-service").version("v1").description(
                    "Accepts candidate events from applicant-tracking systems and publishes CandidateProfile events."));
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSchemas("Problem", problemSchema());
            openApi.getComponents().addSecuritySchemes("apiKey", new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-Api-Key"));
            openApi.getComponents().addSecuritySchemes("standardWebhooks", new SecurityScheme()
                    .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("webhook-signature")
                    .description("A Standard Webhooks signature (with webhook-id and webhook-timestamp) of the raw body"));
            openApi.getComponents().addSecuritySchemes("bearerJwt", new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("An OAuth2 access token of the configured issuer (and audience, when set)"));
            openApi.getPaths().forEach((name, path) -> path.readOperations().forEach(operation -> {
                addProblems(operation);
                if (name.startsWith("/api/")) {
                    operation.setSecurity(List.of(new SecurityRequirement().addList("apiKey"),
                            new SecurityRequirement().addList("standardWebhooks"), new SecurityRequirement().addList("bearerJwt")));
                }
            }));
        };
    }

    private static void addProblems(Operation operation) {
        PROBLEMS.forEach((status, description) -> operation.getResponses().addApiResponse(status, new ApiResponse()
                .description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema violation = new ObjectSchema();
        violation.addProperty("field", new StringSchema().description("JSON path of the bad field, e.g. skills[2].name"));
        violation.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(violation));
        return problem;
    }
}
