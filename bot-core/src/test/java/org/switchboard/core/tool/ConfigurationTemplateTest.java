package org.switchboard.core.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTemplateTest {

    private static final ConfigurationTemplate TEMPLATE = ConfigurationTemplate.of(
            new ConfigField("endpoint", ConfigFieldType.STRING, null, true, "Service URL."),
            new ConfigField("timeoutSeconds", ConfigFieldType.INTEGER, "5", true, "Timeout."),
            new ConfigField("threshold", ConfigFieldType.DECIMAL, "500.00", false, "Refund approval threshold."),
            new ConfigField("verbose", ConfigFieldType.BOOLEAN, "false", false, "Log more."),
            new ConfigField("apiToken", ConfigFieldType.SECRET, null, false, "API token."));

    @Test
    void acceptsValuesOfTheRightTypesAndFillsInDefaults() {
        Map<String, String> values = Map.of("endpoint", "https://api.example", "verbose", "TRUE", "apiToken", "t0k");

        assertThat(TEMPLATE.check(values)).isEmpty();
        PluginConfiguration configuration = TEMPLATE.resolve(values);
        assertThat(configuration.string("endpoint")).isEqualTo("https://api.example");
        assertThat(configuration.integer("timeoutSeconds")).isEqualTo(5);
        assertThat(configuration.decimal("threshold")).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(configuration.bool("verbose")).isTrue();
        assertThat(configuration.string("apiToken")).isEqualTo("t0k");
    }

    @Test
    void reportsEveryWrongTypeMissingRequiredAndUnknownFieldInTemplateOrder() {
        Map<String, String> values = Map.of("timeoutSeconds", "soon", "threshold", "a lot", "verbose", "maybe",
                "zeta", "1", "alpha", "2");

        assertThat(TEMPLATE.check(values)).extracting(FieldError::toString).containsExactly(
                "endpoint: is required",
                "timeoutSeconds: must be a whole number",
                "threshold: must be a decimal number",
                "verbose: must be true or false",
                "alpha: is not a configuration field of this plugin",
                "zeta: is not a configuration field of this plugin");
    }

    @Test
    void aBlankValueCountsAsMissingAndFallsBackToTheDefault() {
        assertThat(TEMPLATE.check(Map.of("endpoint", "  "))).extracting(FieldError::field).containsExactly("endpoint");
        assertThat(TEMPLATE.resolve(Map.of("endpoint", "x", "timeoutSeconds", " ")).integer("timeoutSeconds"))
                .isEqualTo(5);
    }

    @Test
    void anEmptyTemplateAcceptsNothingButAnEmptyConfiguration() {
        assertThat(ConfigurationTemplate.empty().check(Map.of())).isEmpty();
        assertThat(ConfigurationTemplate.empty().check(Map.of("x", "1"))).hasSize(1);
        assertThat(ConfigurationTemplate.empty().resolve(Map.of("x", "1")).asMap()).isEmpty();
    }

    @Test
    void refusesDuplicateFieldsAndDefaultsOfTheWrongType() {
        ConfigField a = new ConfigField("a", ConfigFieldType.STRING, null, false, "A.");
        assertThatThrownBy(() -> ConfigurationTemplate.of(a, a)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfigField("n", ConfigFieldType.INTEGER, "many", false, "N."))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> new ConfigField(" ", ConfigFieldType.STRING, null, false, "Blank."))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConfigurationNeverPrintsItsValues() {
        PluginConfiguration configuration = TEMPLATE.resolve(Map.of("endpoint", "e", "apiToken", "super-secret"));

        assertThat(configuration.toString()).contains("apiToken").doesNotContain("super-secret");
        assertThat(TEMPLATE.field("apiToken")).hasValueSatisfying(f -> assertThat(f.secret()).isTrue());
    }
}
