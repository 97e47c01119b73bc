package nl.zorgtafel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's table of demo keys is what the demo seeds: a newcomer's app gives valid codes. */
class DemoSecondFactorsReadmeTest {

    @Test
    void the_readme_lists_every_demo_key_with_its_uri() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        DemoSecondFactors.SECRETS.forEach((account, secret) -> {
            assertThat(readme).contains("| `" + account + "` | `" + secret + "` |");
            assertThat(readme).contains("otpauth://totp/Zorgtafel:" + account + "?secret=" + secret + "&issuer=Zorgtafel");
        });
    }
}
