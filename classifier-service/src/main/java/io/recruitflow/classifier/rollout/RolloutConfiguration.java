package io.recruitflow.classifier.rollout;

import java.util.List;

import io.recruitflow.classifier.rolemodel.RoleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The role model in force: the configured file, else the built-in model. With a file, a watcher
 * checks it every {@code classifier.role-model-check-interval} and rolls out a new version.
 */
@Configuration(proxyBeanMethods = false)
class RolloutConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RolloutConfiguration.class);

    @Bean
    CurrentClassifier currentClassifier(RolloutProperties properties) {
        RoleModel model = properties.roleModelFile() == null
                ? RoleModel.standard()
                : RoleModel.load(properties.roleModelFile());
        log.info("Classifying with role model {}", model.version());
        return new CurrentClassifier(model);
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty("classifier.role-model-file")
    ThreadPoolTaskScheduler roleModelWatch(RolloutProperties properties, CurrentClassifier classifier,
                                           ObjectProvider<ModelRolloutListener> listeners) {
        List<Runnable> onRollOut = listeners.orderedStream().<Runnable>map(listener -> listener::modelRolledOut).toList();
        RoleModelWatcher watcher = new RoleModelWatcher(properties.roleModelFile(), classifier, onRollOut);
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("role-model-watch-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(watcher::check, properties.roleModelCheckInterval());
        return scheduler;
    }
}
