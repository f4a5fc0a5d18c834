package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.ClassifierProperties;
import io.recruitflow.classifier.rolemodel.RoleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free classifier with the configured (or built-in) role model. */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScoringConfiguration.class);

    @Bean
    Classifier classifier(ClassifierProperties properties) {
        RoleModel model = properties.roleModelFile() == null
                ? RoleModel.standard()
                : RoleModel.load(properties.roleModelFile());
        log.info("Classifying with role model {}", model.version());
        return new Classifier(model);
    }
}
