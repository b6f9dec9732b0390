// 机动车: vehicles the person owns or has bound (备案) to their 12123 account.
import DirectionsCarOutlinedIcon from '@mui/icons-material/DirectionsCarOutlined'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import type { PersonView } from '../../../shared/contract'
import { vehicleStatusSeverity } from '../format/status'
import { zonedDate } from '../format/time'
import { t } from '../i18n/zh-CN'
import { SectionTitle } from './SectionTitle'
import { StatusChips } from './StatusChips'

type Vehicle = PersonView['vehicles'][number]
const TITLE_ID = 'vehicles-title'
const v = t.person.vehicles

function relationText(vehicle: Vehicle): string {
  if (vehicle.relation === 'owner') return v.relations.owner
  return vehicle.boundAt === null ? v.relations.bound : v.boundSince(zonedDate(vehicle.boundAt))
}

export function VehiclesTable({ vehicles }: { vehicles: readonly Vehicle[] }) {
  return (
    <Paper component="section" sx={{ p: 2.5 }}>
      <SectionTitle
        id={TITLE_ID}
        title={v.title}
        icon={<DirectionsCarOutlinedIcon color="primary" aria-hidden="true" />}
        aside={<Chip label={vehicles.length} variant="outlined" aria-hidden="true" />}
      />
      {vehicles.length === 0 ? (
        <Typography color="text.secondary">{v.empty}</Typography>
      ) : (
        <TableContainer>
          <Table aria-label={v.title}>
            <TableHead>
              <TableRow>
                <TableCell>{v.plate}</TableCell>
                <TableCell>{v.use}</TableCell>
                <TableCell>{v.model}</TableCell>
                <TableCell>{v.status}</TableCell>
                <TableCell>{v.relation}</TableCell>
                <TableCell>{v.phone}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {vehicles.map((vehicle) => (
                <TableRow key={vehicle.id}>
                  <TableCell>
                    <Typography component="span" sx={{ fontWeight: 700, mr: 1 }}>
                      {vehicle.plate}
                    </Typography>
                    <Typography component="span" variant="caption" color="text.secondary">
                      {vehicle.plateType.name}
                    </Typography>
                  </TableCell>
                  <TableCell>{vehicle.use.name}</TableCell>
                  <TableCell>{vehicle.model}</TableCell>
                  <TableCell>
                    <StatusChips items={vehicle.status} severity={vehicleStatusSeverity} />
                  </TableCell>
                  <TableCell>{relationText(vehicle)}</TableCell>
                  <TableCell>{vehicle.phoneMasked ?? t.common.notRecorded}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Paper>
  )
}
