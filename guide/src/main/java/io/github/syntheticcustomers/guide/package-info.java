/**
 * The user guide's build: {@link io.github.syntheticcustomers.guide.GuideSources} assembles the site sources that
 * maven-site-plugin renders (the guide's pages, the design notes of {@code docs/}, the configuration schema), giving
 * every heading the anchor GitHub gives it, so one {@code page.md#anchor} link works on GitHub and in the guide.
 */
package io.github.syntheticcustomers.guide;
