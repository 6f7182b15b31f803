/**
 * The quick start's demonstration data: five municipalities' plans, a register of made-up
 * businesses, survey cycles with believable answers ({@link org.barometer.demo.SyntheticAnswers},
 * {@link org.barometer.demo.SyntheticServiceAnswers}, drawn by {@link
 * org.barometer.demo.SyntheticDraws}), statistics, meetings, action plans and status rounds, loaded
 * once into an empty database when {@code barometer.demo} is set ({@link
 * org.barometer.demo.DemoStartup}, {@link org.barometer.demo.DemoDataLoader}).
 *
 * <p>Compiled only by the {@code demo} profile ({@code mvn -Pdemo}) and never packaged into the
 * WAR, so no production server holds demo data or its passwords. The answers come from fixed seeds:
 * the demo looks the same on every machine.
 */
package org.barometer.demo;
