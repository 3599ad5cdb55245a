// None of the three refused runs touched a file of the user's, and none wrote a dataset anywhere.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
assert new File(basedir, 'customers.csv').text == 'id,name\n1,my own customer\n'
assert new File(basedir, 'scenarios.jsonl').text == '{"mine":true}\n'
assert !new File(basedir, 'manifest.json').exists() && !new File(basedir, '.synthetic-customers.lock').exists()
def mine = new File(basedir, 'src/mine')
assert mine.list().toList() == ['notes.txt'] : mine.list()
assert new File(mine, 'notes.txt').text == 'my notes\n'
def log = checks.log(basedir)
assert log.contains('BUILD FAILURE')
assert log =~ /refused: the output directory .*src\/mine holds files synthetic-customers did not write \(notes\.txt\); none was touched/
// each of the three runs said why (the invocations append to one build.log)
assert log.contains('Invalid parameter outputDirectory (property synthetic.outputDirectory): is empty (was: \'\'')
assert log =~ /Invalid parameter outputDirectory \(property synthetic\.outputDirectory\): refused: the output directory is the (working|project's base) directory/
