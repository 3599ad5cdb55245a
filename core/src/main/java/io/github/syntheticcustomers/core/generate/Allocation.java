package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.config.PersonaConfig;
import io.github.syntheticcustomers.core.internal.Apportion;
import io.github.syntheticcustomers.core.internal.IndexPermutation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The exact category counts of a dataset and the record → category map.
 *
 * <ol>
 *   <li>Persona, decade and risk-level totals by largest remainder over their shares.</li>
 *   <li>A persona × decade table with exactly those row and column sums in which a persona only
 *       occupies decades its age range reaches: checked by max-flow (an infeasible configuration is
 *       refused with the decades and personas that cannot be satisfied), filled by iterative
 *       proportional fitting from the years each range spends in each decade, and rounded to integers
 *       with a second flow that keeps both margins.</li>
 *   <li>Each risk level's total split over personas by their {@code risk_propensity} and within a
 *       persona over decades, older decades weighted higher (higher levels first).</li>
 *   <li>The cells laid out as consecutive slots; record {@code i} takes slot {@code perm(i)} of a
 *       seeded permutation, so records are not grouped and record {@code i} needs only {@code i}.</li>
 * </ol>
 */
public final class Allocation {

    private final List<String> personas;
    private final int[] decades;
    private final List<String> riskLevels;
    private final long count;
    private final long[] personaCounts;
    private final long[] decadeCounts;
    private final long[] riskCounts;
    /** cellCounts[(p * D + d) * L + l] */
    private final long[] cellCounts;
    private final long[] cellEnds;
    private final IndexPermutation permutation;

    public Allocation(GeneratorConfig config, long count, long seed) {
        this.count = Limits.requireCount("count", count);
        this.personas = config.personaIds();
        this.decades = config.decadeStarts();
        this.riskLevels = config.riskLevelIds();
        int p = personas.size();
        int d = decades.length;
        int l = riskLevels.size();

        double[] personaShares = personas.stream().mapToDouble(id -> config.personas().get(id).share()).toArray();
        this.personaCounts = Apportion.largestRemainder(count, personaShares);
        this.decadeCounts = Apportion.largestRemainder(count,
                config.ageDecades().values().stream().mapToDouble(Double::doubleValue).toArray());
        this.riskCounts = Apportion.largestRemainder(count,
                config.riskLevels().values().stream().mapToDouble(Double::doubleValue).toArray());

        double[][] overlap = new double[p][d];
        for (int i = 0; i < p; i++) {
            PersonaConfig persona = config.personas().get(personas.get(i));
            for (int j = 0; j < d; j++) {
                overlap[i][j] = persona.age().overlap(decades[j]);
            }
        }
        long[][] ageTable = AgeTable.solve(personas, decades, personaCounts, decadeCounts, overlap, count);

        this.cellCounts = new long[p * d * l];
        long[][] remaining = new long[p][];
        for (int i = 0; i < p; i++) {
            remaining[i] = ageTable[i].clone();
        }
        for (int level = l - 1; level >= 1; level--) {
            double[] personaWeights = new double[p];
            long[] personaCaps = new long[p];
            for (int i = 0; i < p; i++) {
                personaCaps[i] = Arrays.stream(remaining[i]).sum();
                personaWeights[i] = personaCaps[i] * (0.05 + config.personas().get(personas.get(i)).traits().riskPropensity());
            }
            long[] perPersona = Apportion.largestRemainder(riskCounts[level], personaWeights, personaCaps);
            for (int i = 0; i < p; i++) {
                double[] decadeWeights = new double[d];
                for (int j = 0; j < d; j++) {
                    decadeWeights[j] = remaining[i][j] * Math.max(0.25, 1.0 + (decades[j] - 20) / 40.0);
                }
                long[] perDecade = Apportion.largestRemainder(perPersona[i], decadeWeights, remaining[i].clone());
                for (int j = 0; j < d; j++) {
                    cellCounts[(i * d + j) * l + level] = perDecade[j];
                    remaining[i][j] -= perDecade[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < d; j++) {
                cellCounts[(i * d + j) * l] = remaining[i][j];
            }
        }
        this.cellEnds = new long[cellCounts.length];
        long running = 0;
        for (int c = 0; c < cellCounts.length; c++) {
            running += cellCounts[c];
            cellEnds[c] = running;
        }
        this.permutation = new IndexPermutation(count, seed);
    }

    /** The categories of record {@code index}. */
    public Slot slot(long index) {
        int cell = cell(permutation.apply(index));
        int l = riskLevels.size();
        int d = decades.length;
        int level = cell % l;
        int decade = (cell / l) % d;
        int persona = cell / (l * d);
        return new Slot(persona, personas.get(persona), decades[decade], level, riskLevels.get(level));
    }

    /** The cell that holds {@code position}. */
    private int cell(long position) {
        int cell = Arrays.binarySearch(cellEnds, position + 1);
        if (cell < 0) {
            cell = -cell - 1;
        } else {
            // several cells may end at the same position when some are empty: take the first non-empty
            while (cell > 0 && cellEnds[cell - 1] == position + 1) {
                cell--;
            }
        }
        return cell;
    }

    public long count() {
        return count;
    }

    /** The number of persona × decade × risk-level cells (empty ones included). */
    int cells() {
        return cellCounts.length;
    }

    /** The customers of cell {@code cell}. */
    long cellSize(int cell) {
        return cellCounts[cell];
    }

    /** The persona index of cell {@code cell}. */
    int cellPersona(int cell) {
        return cell / (decades.length * riskLevels.size());
    }

    /** The decade index of cell {@code cell}. */
    int cellDecade(int cell) {
        return (cell / riskLevels.size()) % decades.length;
    }

    /** The risk-level index of cell {@code cell}. */
    int cellLevel(int cell) {
        return cell % riskLevels.size();
    }

    /** The first year of decade {@code decade}. */
    int decadeStart(int decade) {
        return decades[decade];
    }

    /**
     * Where record {@code index} sits: its cell and its offset within the cell's consecutive slots (0 … size − 1).
     * Cohorts claim the first slots of a cell ({@link CohortAllocation}).
     */
    CellPosition cellPosition(long index) {
        long position = permutation.apply(index);
        int cell = cell(position);
        return new CellPosition(cell, position - (cell == 0 ? 0 : cellEnds[cell - 1]));
    }

    /**
     * A record's place in the cell layout.
     *
     * @param cell the cell index (persona, then decade, then level)
     * @param offset the slot within the cell, from 0
     */
    record CellPosition(int cell, long offset) {
    }

    /**
     * The rank of record {@code index} among its persona's records, 0 … {@code personaCounts()[p] − 1}: its position
     * within the persona's block of cells. The ranks of a persona follow its decades and risk levels (cells are laid
     * out in that order); a consumer that must not follow them permutes the ranks again.
     */
    public long personaRank(long index) {
        long position = permutation.apply(index);
        int persona = cell(position) / (decades.length * riskLevels.size());
        int firstCell = persona * decades.length * riskLevels.size();
        return position - (firstCell == 0 ? 0 : cellEnds[firstCell - 1]);
    }

    /** Customers per persona, in configuration order. */
    public long[] personaCounts() {
        return personaCounts.clone();
    }

    /** Customers per decade, in configuration order. */
    public long[] decadeCounts() {
        return decadeCounts.clone();
    }

    /** Customers per risk level, lowest first. */
    public long[] riskCounts() {
        return riskCounts.clone();
    }

    /** Customers of one persona, decade and risk level (indices in configuration order). */
    public long cellCount(int persona, int decade, int level) {
        return cellCounts[(persona * decades.length + decade) * riskLevels.size() + level];
    }

    /**
     * The quantile band {@code [low, high)} of a record's risk level within its persona and decade: the share of
     * that cell's customers at lower levels, and that share plus its own level's. A latent risk drawn uniformly
     * within the band is uniform over the cell, so the levels split one continuous risk.
     */
    public QuantileBand levelQuantiles(Slot slot) {
        int decade = 0;
        while (decades[decade] != slot.decadeStart()) {
            decade++;
        }
        long total = 0;
        long below = 0;
        for (int level = 0; level < riskLevels.size(); level++) {
            long n = cellCount(slot.personaIndex(), decade, level);
            total += n;
            if (level < slot.riskIndex()) {
                below += n;
            }
        }
        long own = cellCount(slot.personaIndex(), decade, slot.riskIndex());
        return new QuantileBand((double) below / total, (double) (below + own) / total);
    }

    /**
     * A band of quantiles of a continuous distribution.
     *
     * @param low the lowest quantile, inclusive
     * @param high the highest quantile, exclusive
     */
    public record QuantileBand(double low, double high) {
    }

    /**
     * The categories of one record.
     *
     * @param personaIndex index of the persona in configuration order
     * @param decadeStart first year of the age decade
     * @param riskIndex index of the risk level, 0 = lowest
     */
    public record Slot(int personaIndex, String persona, int decadeStart, int riskIndex, String riskLevel) {
    }

    /** The persona × decade table with fixed margins and forbidden cells. */
    static final class AgeTable {

        private AgeTable() {
        }

        static long[][] solve(List<String> personas, int[] decades, long[] rows, long[] cols, double[][] overlap,
                long count) {
            int p = rows.length;
            int d = cols.length;
            boolean[][] allowed = new boolean[p][d];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < d; j++) {
                    allowed[i][j] = overlap[i][j] > 0 && rows[i] > 0 && cols[j] > 0;
                }
            }
            long[][] unbounded = new long[p][d];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < d; j++) {
                    unbounded[i][j] = allowed[i][j] ? Long.MAX_VALUE / 4 : 0;
                }
            }
            Flow check = Flow.transport(rows, cols, unbounded);
            if (check.total < count) {
                throw infeasible(personas, decades, rows, cols, allowed, check);
            }
            double[][] fitted = fit(rows, cols, overlap, allowed);
            long[][] table = new long[p][d];
            long[] rowLeft = rows.clone();
            long[] colLeft = cols.clone();
            long[][] unit = new long[p][d];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < d; j++) {
                    long floor = Math.max(0, (long) Math.floor(fitted[i][j] + 1e-9));
                    floor = Math.min(floor, Math.min(rowLeft[i], colLeft[j]));
                    table[i][j] = floor;
                    rowLeft[i] -= floor;
                    colLeft[j] -= floor;
                    unit[i][j] = allowed[i][j] && fitted[i][j] - floor > 1e-9 ? 1 : 0;
                }
            }
            long left = Arrays.stream(rowLeft).sum();
            Flow rounding = Flow.transport(rowLeft, colLeft, unit);
            if (rounding.total < left) {
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < d; j++) {
                        unit[i][j] = allowed[i][j] ? Long.MAX_VALUE / 4 : 0;
                    }
                }
                rounding = Flow.transport(rowLeft, colLeft, unit);
            }
            if (rounding.total < left) {
                // cannot happen when the feasibility check passed: the unbounded flow always completes
                throw new IllegalStateException("age table rounding failed");
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < d; j++) {
                    table[i][j] += rounding.cell(i, j);
                }
            }
            return table;
        }

        /** Iterative proportional fitting of the overlap-years seed to the margins. */
        private static double[][] fit(long[] rows, long[] cols, double[][] overlap, boolean[][] allowed) {
            int p = rows.length;
            int d = cols.length;
            double[][] x = new double[p][d];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = allowed[i][j] ? overlap[i][j] : 0;
                }
            }
            for (int iteration = 0; iteration < 500; iteration++) {
                double error = 0;
                for (int i = 0; i < p; i++) {
                    double sum = 0;
                    for (int j = 0; j < d; j++) {
                        sum += x[i][j];
                    }
                    if (sum > 0) {
                        for (int j = 0; j < d; j++) {
                            x[i][j] *= rows[i] / sum;
                        }
                    }
                }
                for (int j = 0; j < d; j++) {
                    double sum = 0;
                    for (int i = 0; i < p; i++) {
                        sum += x[i][j];
                    }
                    if (sum > 0) {
                        for (int i = 0; i < p; i++) {
                            x[i][j] *= cols[j] / sum;
                        }
                    }
                }
                for (int i = 0; i < p; i++) {
                    double sum = 0;
                    for (int j = 0; j < d; j++) {
                        sum += x[i][j];
                    }
                    error = Math.max(error, Math.abs(sum - rows[i]));
                }
                if (error < 1e-9) {
                    break;
                }
            }
            return x;
        }

        private static ConfigException infeasible(List<String> personas, int[] decades, long[] rows, long[] cols,
                boolean[][] allowed, Flow flow) {
            int p = rows.length;
            int d = cols.length;
            // Min cut: decades not reachable from the source in the residual graph need more customers
            // than every persona that can be their age has in total (Hall's condition fails there).
            boolean[] reach = flow.reachable();
            List<String> short_ = new ArrayList<>();
            long need = 0;
            for (int j = 0; j < d; j++) {
                if (!reach[1 + p + j] && cols[j] > 0) {
                    short_.add(decades[j] + "s (" + cols[j] + ")");
                    need += cols[j];
                }
            }
            List<String> able = new ArrayList<>();
            long supply = 0;
            for (int i = 0; i < p; i++) {
                boolean serves = false;
                for (int j = 0; j < d; j++) {
                    if (!reach[1 + p + j] && allowed[i][j]) {
                        serves = true;
                    }
                }
                if (serves) {
                    able.add(personas.get(i) + " (" + rows[i] + ")");
                    supply += rows[i];
                }
            }
            String decadesText = String.join(", ", short_);
            String problem = String.format(Locale.ROOT,
                    "infeasible age table: decades %s need %d customers but the personas whose age ranges reach them, %s,"
                            + " have only %d", decadesText, need, able.isEmpty() ? "none" : String.join(", ", able), supply);
            return ConfigException.of("age_decades", problem, null,
                    "decade shares and persona age ranges/shares for which each decade can be filled");
        }
    }

    /** Max-flow (Edmonds–Karp) on source → persona → decade → sink. */
    static final class Flow {
        private final int p;
        private final int d;
        private final long[][] capacity;
        private final long[][] flow;
        long total;

        private Flow(int p, int d) {
            this.p = p;
            this.d = d;
            int n = p + d + 2;
            this.capacity = new long[n][n];
            this.flow = new long[n][n];
        }

        static Flow transport(long[] rows, long[] cols, long[][] cellCaps) {
            int p = rows.length;
            int d = cols.length;
            Flow f = new Flow(p, d);
            int sink = p + d + 1;
            for (int i = 0; i < p; i++) {
                f.capacity[0][1 + i] = rows[i];
                for (int j = 0; j < d; j++) {
                    f.capacity[1 + i][1 + p + j] = cellCaps[i][j];
                }
            }
            for (int j = 0; j < d; j++) {
                f.capacity[1 + p + j][sink] = cols[j];
            }
            f.run();
            return f;
        }

        long cell(int i, int j) {
            return flow[1 + i][1 + p + j];
        }

        private void run() {
            int n = capacity.length;
            int sink = n - 1;
            while (true) {
                int[] parent = bfs();
                if (parent[sink] < 0) {
                    return;
                }
                long push = Long.MAX_VALUE;
                for (int v = sink; v != 0; v = parent[v]) {
                    int u = parent[v];
                    push = Math.min(push, capacity[u][v] - flow[u][v]);
                }
                for (int v = sink; v != 0; v = parent[v]) {
                    int u = parent[v];
                    flow[u][v] += push;
                    flow[v][u] -= push;
                }
                total += push;
            }
        }

        private int[] bfs() {
            int n = capacity.length;
            int[] parent = new int[n];
            Arrays.fill(parent, -1);
            parent[0] = 0;
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            queue[tail++] = 0;
            while (head < tail) {
                int u = queue[head++];
                for (int v = 0; v < n; v++) {
                    if (parent[v] < 0 && capacity[u][v] - flow[u][v] > 0) {
                        parent[v] = u;
                        queue[tail++] = v;
                    }
                }
            }
            return parent;
        }

        boolean[] reachable() {
            int[] parent = bfs();
            boolean[] r = new boolean[parent.length];
            for (int i = 0; i < parent.length; i++) {
                r[i] = parent[i] >= 0;
            }
            return r;
        }
    }
}
