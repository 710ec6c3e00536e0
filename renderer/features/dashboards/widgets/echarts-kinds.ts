// The chart types and components dashboards draw beyond the app's core set (renderer/charts/
// echarts.ts): registered once on the same echarts instance, only when a dashboard is opened.
import { GaugeChart, HeatmapChart, PieChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../../../charts/echarts';

echarts.use([PieChart, GaugeChart, HeatmapChart, VisualMapComponent]);

export { echarts };
