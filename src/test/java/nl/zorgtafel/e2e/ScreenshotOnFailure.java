package nl.zorgtafel.e2e;

import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a browser test fails, saves each open browser's screen under target/e2e-screenshots
 * (before the browsers are closed), then lets the failure through.
 */
class ScreenshotOnFailure implements TestExecutionExceptionHandler {

    /** A test class whose open browsers can be photographed. */
    interface WithBrowsers {
        List<Browser> browsers();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getRequiredTestInstance() instanceof WithBrowsers test) {
            var open = test.browsers();
            for (int i = 0; i < open.size(); i++) {
                open.get(i).screenshot(context.getRequiredTestMethod().getName() + "-" + i);
            }
        }
        throw failure;
    }
}
