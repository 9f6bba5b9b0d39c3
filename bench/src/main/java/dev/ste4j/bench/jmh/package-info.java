/**
 * JMH micro-benchmarks of the kernels (not part of the test suite). Run, from the repository root:
 * <pre>
 * ./mvnw -B -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java --add-modules jdk.incubator.vector -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.openjdk.jmh.Main 'dev.ste4j.bench.jmh.*' -f 1 -wi 3 -i 5
 * </pre>
 */
package dev.ste4j.bench.jmh;
