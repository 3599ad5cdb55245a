/** Test support shared through core's test jar: a headless browser for the pages the project renders. */
package io.github.syntheticcustomers.core.browser;
