// report writes analysis.json and a self-contained report.html next to the dataset; check and report
// load the configuration file and reference date exactly as generate did (the integrity check passes).
import groovy.json.JsonSlurper
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def out = new File(basedir, 'target/synthetic-customers')
def log = checks.log(basedir)
assert log.contains('BUILD SUCCESS')
assert checks.readManifest(out).reference_date == '2025-07-01'
def quality = new JsonSlurper().parse(new File(out, 'quality.json'), 'UTF-8')
assert quality.passed == true : "check judged the dataset with another configuration: ${quality.checks.findAll { it.status == 'fail' }}"
assert quality.checks.find { it.name == 'dataset_integrity' }.status == 'pass'
assert log =~ /Wrote .*report\.html, .*analysis\.json and .*quality\.json \(\d+ insights; all \d+ quality checks passed\)/

def analysis = new JsonSlurper().parse(new File(out, 'analysis.json'), 'UTF-8')
assert analysis.customers == 500
assert analysis.insights && analysis.insights.size() > 0
assert analysis.funnels && analysis.personas

def html = new File(out, 'report.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>') || html.startsWith('<!doctype html>')
// self-contained: nothing loaded from the network, no script
assert !(html =~ /(?i)(src|href)\s*=\s*["']?\s*(https?:)?\/\//) : 'report.html loads something from the network'
assert !(html =~ /(?i)<script/) && !(html =~ /(?i)<link[^>]+stylesheet/)
assert html.contains('<style')
['persona-distribution', 'age-decades', 'risk-by-persona', 'journey-funnel', 'emotion-heatmap', 'phase-flow',
 'quality-checks', 'insights'].each { id ->
    assert html.contains("<section id=\"${id}\"") : "report.html lacks the ${id} section"
}
assert (html =~ /<svg/).count >= 6
checks.assertManifestMatches(out)
checks.assertNoTemporaryFiles(out)
