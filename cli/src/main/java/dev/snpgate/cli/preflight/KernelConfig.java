package dev.snpgate.cli.preflight;

import dev.snpgate.cli.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kernel options an operator gave with {@code --linux-config} ({@code CONFIG_AMD_SECURE_AVIC=y}):
 * a row that depends on an option given otherwise is not this kernel; an option not given leaves
 * every row of it possible.
 *
 * @param settings each option given, with its whole setting ({@code CONFIG_X=y})
 */
record KernelConfig(Map<String, String> settings) {

  static final KernelConfig NONE = new KernelConfig(Map.of());

  KernelConfig {
    settings = Map.copyOf(settings);
  }

  /**
   * @param given the settings as the operator wrote them
   * @throws BadInputException naming a setting that is malformed, given twice, or names an option
   *     no row of {@code table} depends on
   */
  static KernelConfig parse(List<String> given, LinuxTable table) {
    Map<String, String> settings = new TreeMap<>();
    for (String setting : given) {
      String option = setting.contains("=") ? setting.substring(0, setting.indexOf('=')) : "";
      List<String> known = table.configSettings(option);
      if (known.isEmpty()) {
        throw new BadInputException("--linux-config " + setting + ": the Linux table has no row that depends on "
            + (option.isEmpty() ? "it" : option) + "; give one of " + String.join(", ", table.configSettings(null)));
      }
      if (!known.contains(setting)) {
        throw new BadInputException("--linux-config " + setting + ": the table's rows have " + String.join(" or ", known));
      }
      if (settings.put(option, setting) != null) {
        throw new BadInputException("--linux-config gives " + option + " twice; give it once");
      }
    }
    return new KernelConfig(settings);
  }

  /** Whether a kernel built with these settings may have {@code setting} of {@code option}. */
  boolean allows(String option, String setting) {
    String mine = settings.get(option);
    return mine == null || mine.equals(setting);
  }

  /** Whether {@code option} was given. */
  boolean gives(String option) {
    return settings.containsKey(option);
  }
}
