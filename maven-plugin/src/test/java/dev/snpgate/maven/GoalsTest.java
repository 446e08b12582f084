package dev.snpgate.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

class GoalsTest {

  private static PluginDescriptor plugin() {
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setGroupId("dev.snpgate");
    plugin.setArtifactId("snpgate-maven-plugin");
    plugin.setGoalPrefix("snpgate");
    return plugin;
  }

  @Test
  void acceptIsKnownByEverySpellingOfTheGoal() {
    assertTrue(Goals.isAccept("snpgate:accept", plugin()));
    assertTrue(Goals.isAccept("dev.snpgate:snpgate-maven-plugin:accept", plugin()));
    assertTrue(Goals.isAccept("dev.snpgate:snpgate-maven-plugin:0.1.0:accept", plugin()));
  }

  @Test
  void otherGoalsAndOtherPluginsAreNotAccept() {
    assertFalse(Goals.isAccept("snpgate:check", plugin()));
    assertFalse(Goals.isAccept("process-classes", plugin()));
    assertFalse(Goals.isAccept("other:accept", plugin()));
    assertFalse(Goals.isAccept("dev.snpgate:other-plugin:accept", plugin()));
    assertFalse(Goals.isAccept("a:b:c:d:accept", plugin()));
  }
}
