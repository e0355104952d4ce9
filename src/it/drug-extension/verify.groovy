// The downstream build passed; check that its tests really ran (none skipped, none missing).
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.drugs.DownstreamTest.xml')
assert report.isFile() : "no test report at ${report}: the downstream tests did not run"
def suite = new groovy.xml.XmlSlurper().parse(report)
def tests = suite.@tests.toInteger()
assert tests >= 8 : "only ${tests} downstream tests ran"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0 && suite.@skipped.toInteger() == 0
println "downstream: ${tests} tests passed"
return true
