/**
 * Job settings as adapters receive them (Maven parameters, command-line options), checked in one place so
 * that the plugin and the command line share defaults, validation and messages:
 * {@link io.github.syntheticcustomers.core.settings.GenerationSettings},
 * {@link io.github.syntheticcustomers.core.settings.ConfigSettings} and the
 * {@link io.github.syntheticcustomers.core.settings.InvalidSettingException} they throw.
 */
package io.github.syntheticcustomers.core.settings;
