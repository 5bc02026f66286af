package dev.tocsin.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failed after-commit listener is logged: a {@link TryAgainLater} as one warning line (its
 * event is resubmitted), anything else as an error with its stack trace, as Spring would.
 */
@Configuration(proxyBeanMethods = false)
class AsyncFailureLogging implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AsyncFailureLogging.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return AsyncFailureLogging::log;
    }

    static void log(Throwable failure, java.lang.reflect.Method method, Object... params) {
        String listener = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (failure instanceof TryAgainLater) {
            log.warn("{} failed, its event is resubmitted later: {}", listener, failure.getMessage());
        } else {
            log.error("{} failed", listener, failure);
        }
    }
}
