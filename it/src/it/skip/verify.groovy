// With synthetic.skip the goal does nothing but say so.
def checks = evaluate(new File(itLib, 'Checks.groovy'))
def log = checks.log(basedir)
assert log.contains('Skipping synthetic customers (synthetic.skip=true)')
assert !log.contains('Generated ')
assert !new File(basedir, 'target/synthetic-customers').exists()
assert !new File(basedir, 'target/test-classes/customers.json').exists()
