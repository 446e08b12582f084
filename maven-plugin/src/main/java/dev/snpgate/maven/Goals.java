package dev.snpgate.maven;

import org.apache.maven.plugin.descriptor.PluginDescriptor;

/** How a goal on the command line names this plugin's {@code accept}, in any of Maven's spellings. */
final class Goals {

  private Goals() {}

  /**
   * Whether {@code goal} is {@code prefix:accept}, {@code group:artifact:accept} or
   * {@code group:artifact:version:accept} of this plugin.
   */
  static boolean isAccept(String goal, PluginDescriptor plugin) {
    String[] parts = goal.split(":", -1);
    if (!parts[parts.length - 1].equals("accept")) {
      return false;
    }
    switch (parts.length) {
      case 2:
        return parts[0].equals(plugin.getGoalPrefix());
      case 3:
      case 4:
        return parts[0].equals(plugin.getGroupId()) && parts[1].equals(plugin.getArtifactId());
      default:
        return false;
    }
  }
}
