/**
 * Official statistics as values, and the rules the plans' targets compute with: a {@link
 * org.barometer.statistics.domain.Series} of {@link org.barometer.statistics.domain.Observation}s
 * per {@link org.barometer.shared.Period}, regions in one canonical spelling ({@link
 * org.barometer.shared.RegionCode}), municipality numbers through reforms ({@link
 * org.barometer.statistics.domain.MunicipalityHistory}), region groups and a group's figure ({@link
 * org.barometer.statistics.domain.GroupFigure}), and figures derived from series ({@link
 * org.barometer.statistics.domain.Derived}).
 *
 * <p>Plain Java without persistence or HTTP, so each rule is unit-tested against hand-worked cases.
 * A missing cell keeps the office's status symbol and is never turned into zero; every computation
 * here carries it through. The data files shipped inside Barometer (region groups, municipal code
 * changes) are read here too: they are part of the build, not input, so a missing one fails loudly
 * ({@link org.barometer.statistics.domain.ShippedFile}).
 */
package org.barometer.statistics.domain;
